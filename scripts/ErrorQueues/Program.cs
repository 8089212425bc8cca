using SendPlatform.ErrorQueues;

return await ErrorQueueCommand.RunAsync(args, Console.Out);

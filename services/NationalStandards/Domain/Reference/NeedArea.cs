namespace SendPlatform.NationalStandards.Domain.Reference;

/// <summary>One of the four broad areas of need of the SEND Code of Practice.</summary>
public sealed record NeedArea(string Code, string Name);

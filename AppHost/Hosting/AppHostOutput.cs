namespace SendPlatform.AppHost.Hosting;

/// <summary>Every resource's output on one console, each line prefixed by its resource name in its own colour.</summary>
public sealed class AppHostOutput
{
    private static readonly ConsoleColor[] Palette = [ConsoleColor.Cyan, ConsoleColor.Green, ConsoleColor.Yellow, ConsoleColor.Magenta, ConsoleColor.Blue, ConsoleColor.DarkCyan, ConsoleColor.DarkYellow];
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ConsoleColor> _colours = [];

    public void Line(string resource, string text)
    {
        lock (_gate)
        {
            if (!_colours.TryGetValue(resource, out var colour)) _colours[resource] = colour = Palette[_colours.Count % Palette.Length];
            Console.ForegroundColor = colour;
            Console.Write($"[{resource}] ");
            Console.ResetColor();
            Console.WriteLine(text);
        }
    }

    public Action<string> For(string resource) => text => Line(resource, text);
}

namespace SendPlatform.TestKit.Servers;

/// <summary>A server binary is not installed; the message names the Debian package that provides it.</summary>
public sealed class MissingBinaryException(string binary, string package)
    : Exception($"'{binary}' was not found. Install it with: sudo apt-get install -y {package}   (or run scripts/run.sh, which does)");

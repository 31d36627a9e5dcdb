using System.Globalization;

namespace DigestBot.Bench.Corpus;

/// <summary>The few <c>--name value</c> options the bench verbs take.</summary>
internal static class BenchArgs
{
    public static string? Value(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    public static int Int(string[] args, string name, int fallback) =>
        Value(args, name) is { } text ? int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture) : fallback;
}

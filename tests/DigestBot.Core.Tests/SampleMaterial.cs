using DigestBot.Core.Material;
using DigestBot.Core.Material.Store;

namespace DigestBot.Core.Tests;

/// <summary>The sample article from config/material, parsed once with the real parser.</summary>
internal static class SampleMaterial
{
    public const string FileName = "putin-rare-earths.txt";

    private static readonly Lazy<Article> Parsed = new(() => ArticleParser.Parse(new ArticleInput(
        "putin-rare-earths",
        FileName,
        Text,
        null,
        new DateTimeOffset(2025, 2, 25, 8, 0, 0, TimeSpan.Zero))));

    public static string Text => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Material", FileName));

    public static Article Article => Parsed.Value;

    public static MaterialSnapshot Snapshot() => MaterialSnapshot.Build([Article]);
}

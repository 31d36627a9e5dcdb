using DigestBot.Core.Material;
using DigestBot.Core.Material.Store;

namespace DigestBot.Slack.Tests.Support;

/// <summary>The sample article from config/material, parsed by the real parser into a real snapshot.</summary>
public static class SampleMaterial
{
    public const string ArticleId = "putin-rare-earths";

    public static MaterialSnapshot Snapshot { get; } = Build();

    public static MaterialStore Store()
    {
        var store = new MaterialStore();
        store.Publish(Snapshot);
        return store;
    }

    private static MaterialSnapshot Build()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Material", ArticleId + ".txt");
        var input = new ArticleInput(
            ArticleId,
            path,
            File.ReadAllText(path),
            new Uri("https://news.example/putin-rare-earths"),
            new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero));
        return MaterialSnapshot.Build([ArticleParser.Parse(input)]);
    }
}

using DigestBot.Core.Material;
using DigestBot.Core.Material.Store;

namespace DigestBot.Discord.Tests.Fakes;

/// <summary>The sample article from config/material, parsed and indexed by the real Core code.</summary>
internal static class SampleMaterial
{
    public static MaterialSnapshot PutinSnapshot()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Material", "putin-rare-earths.txt");
        var article = ArticleParser.Parse(new ArticleInput(
            "putin-rare-earths",
            path,
            File.ReadAllText(path),
            new Uri("https://example.com/putin-rare-earths"),
            new DateTimeOffset(2025, 2, 25, 9, 0, 0, TimeSpan.Zero)));
        return MaterialSnapshot.Build([article]);
    }

    public static MaterialStore PutinStore()
    {
        var store = new MaterialStore();
        store.Publish(PutinSnapshot());
        return store;
    }
}

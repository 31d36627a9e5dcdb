using DigestBot.Core.Material.Store;
using DigestBot.Host.Material;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace DigestBot.Host.Tests.Material;

public sealed class MaterialFolderLoaderTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly MaterialStore _store = new();
    private readonly MaterialFolderLoader _loader;

    public MaterialFolderLoaderTests()
    {
        var options = Options.Create(new MaterialOptions { Folder = _folder.Path, MaxFileBytes = 10_000 });
        _loader = new MaterialFolderLoader(new ArticleCatalog(_store, NullLogger<ArticleCatalog>.Instance), _folder.Path, options, new FakeTimeProvider(), NullLogger<MaterialFolderLoader>.Instance);
    }

    [Fact]
    public async Task Load_BadFilesBesideGoodOnes_GoodOnesLoadBadOnesReported()
    {
        _folder.Write("good.txt", "Headline\n\nA body sentence. Another one.");
        _folder.Write("empty.md", "   \n\n  ");
        _folder.Write("huge.txt", "Headline\n\n" + new string('x', 20_000));
        _folder.Write("binary.txt", "Head\0line");
        _folder.Write("notes.docx", "ignored: not an article type");

        await _loader.LoadAsync(CancellationToken.None);

        Assert.Equal("good", Assert.Single(_store.Current.Articles).Id);
        var status = Assert.Single(_loader.Describe());
        Assert.False(status.Healthy);
        Assert.Equal(1, status.ItemCount);
        Assert.Contains("empty.md", status.LastError, StringComparison.Ordinal);
        Assert.Contains("MaxFileBytes", status.LastError, StringComparison.Ordinal);
        Assert.Contains("binary", status.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_InvalidUtf8_ReportedNotGarbled()
    {
        File.WriteAllBytes(Path.Combine(_folder.Path, "latin1.txt"), [0x48, 0x65, 0xE9, 0x0A, 0x0A, 0x42, 0xE9]);

        await _loader.LoadAsync(CancellationToken.None);

        Assert.Empty(_store.Current.Articles);
        Assert.Contains("UTF-8", _loader.Describe()[0].LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_EditBreaksAFile_PreviousVersionStays()
    {
        var path = _folder.Write("story.txt", "Original headline\n\nThe first version of the story.");
        await _loader.LoadAsync(CancellationToken.None);

        File.WriteAllText(path, "Broken\0");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
        await _loader.LoadAsync(CancellationToken.None);

        Assert.Equal("Original headline", Assert.Single(_store.Current.Articles).Title);
        Assert.False(_loader.Describe()[0].Healthy);
    }

    [Fact]
    public async Task Load_FileEditedAndAdded_NewSnapshotHasBoth()
    {
        var path = _folder.Write("story.txt", "Old headline\n\nBody.");
        await _loader.LoadAsync(CancellationToken.None);
        var before = _store.Current;

        File.WriteAllText(path, "New headline\n\nBody.");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
        _folder.Write("second.txt", "Second headline\n\nMore body.");
        await _loader.LoadAsync(CancellationToken.None);

        Assert.Equal(["New headline", "Second headline"], _store.Current.Articles.Select(a => a.Title).Order());
        Assert.Equal("Old headline", Assert.Single(before.Articles).Title); // readers of the old snapshot are undisturbed
    }

    [Fact]
    public async Task Load_ManyFilesInParallel_EachArticleKeepsItsOwnTextAndEveryFailureIsCounted()
    {
        for (var i = 0; i < 200; i++)
        {
            _folder.Write($"story-{i:D3}.txt", i % 10 == 0
                ? "Broken\0"
                : $"Headline {i}\n\n“Bridge {i} is open,” Jane Doe{i} said on Monday.");
        }

        await _loader.LoadAsync(CancellationToken.None);

        var articles = _store.Current.Articles;
        Assert.Equal(180, articles.Count);
        foreach (var article in articles)
        {
            var number = int.Parse(article.Id["story-".Length..], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal($"Headline {number}", article.Title);
            var quote = Assert.Single(article.Quotes);
            Assert.Equal($"Bridge {number} is open,", quote.Text);
        }

        var status = Assert.Single(_loader.Describe());
        Assert.Equal(180, status.ItemCount);
        Assert.EndsWith("(+17 more)", status.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_MissingFolder_ReportedNotThrown()
    {
        var options = Options.Create(new MaterialOptions { Folder = Path.Combine(_folder.Path, "nope") });
        var loader = new MaterialFolderLoader(new ArticleCatalog(_store, NullLogger<ArticleCatalog>.Instance), options.Value.Folder, options, new FakeTimeProvider(), NullLogger<MaterialFolderLoader>.Instance);

        await loader.LoadAsync(CancellationToken.None);

        Assert.Contains("does not exist", loader.Describe()[0].LastError, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}

using BenchmarkDotNet.Attributes;
using DigestBot.Core.Commands;
using DigestBot.Core.Material.Store;
using DigestBot.Core.Moderation;
using DigestBot.Core.Replies;
using DigestBot.Core.Sources;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace DigestBot.Bench.Scale;

/// <summary>
/// Every read command through <see cref="CommandCore"/>, as an adapter calls it (text in, parse, dispatch, handler,
/// reply out), at a day's, a week's and a month's worth of a busy newsroom's articles.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ScaleConfig))]
public class CommandBenchmarks
{
    private static readonly CommandContext Context = new(new Caller("bench", "Bench", IsModerator: false), new ChannelRef("console", "bench"));

    private CommandCore _core = null!;
    private MaterialSnapshot _snapshot = null!;
    private string _speaker = "";

    [Params(1_000, 10_000, 100_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _snapshot = ScaleMaterial.Snapshot(Articles);
        var store = new MaterialStore();
        store.Publish(_snapshot);
        _core = new CommandCore(
            store,
            Mock.Of<ISourceCatalog>(),
            Mock.Of<IScheduleBook>(),
            Mock.Of<IAuditLog>(),
            Mock.Of<IPostHistory>(),
            [],
            new FakeTimeProvider(ScaleMaterial.Newest),
            NullLogger<CommandCore>.Instance);

        // The busiest speaker by last name, as people type it.
        var name = _snapshot.Speakers[0].Name;
        _speaker = name[(name.LastIndexOf(' ') + 1)..];
    }

    [Benchmark]
    public Task<Reply> Quotes() => Run("/quotes");

    [Benchmark]
    public Task<Reply> QuotesSpeaker() => Run("/quotes speaker:" + _speaker);

    [Benchmark]
    public Task<Reply> QuotesTopic() => Run("/quotes topic:\"steel exports\"");

    [Benchmark]
    public Task<Reply> QuotesSpeakerTopic() => Run("/quotes speaker:" + _speaker + " topic:workers");

    [Benchmark]
    public Task<Reply> Figures() => Run("/figures");

    [Benchmark]
    public Task<Reply> FiguresTopic() => Run("/figures topic:\"interest rates\"");

    [Benchmark]
    public Task<Reply> Search() => Run("/search wind power");

    [Benchmark]
    public Task<Reply> SummaryLatest() => Run("/summary");

    /// <summary>Headline words no article has: the worst case of the headline lookup.</summary>
    [Benchmark]
    public Task<Reply> SummaryHeadlineMiss() => Run("/summary \"Quarterly Zeppelin Census\"");

    [Benchmark]
    public Task<Reply> Digest() => Run("/digest");

    [Benchmark]
    public Task<Reply> Speakers() => Run("/speakers");

    [Benchmark]
    public IReadOnlyList<SpeakerSummary> SuggestSpeakers() => _snapshot.SuggestSpeakers("Ko");

    private Task<Reply> Run(string text) => _core.ExecuteAsync(text, Context, CancellationToken.None);
}

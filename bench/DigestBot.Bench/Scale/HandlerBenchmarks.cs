using BenchmarkDotNet.Attributes;
using DigestBot.Core.Commands.Handlers;
using DigestBot.Core.Commands.Requests;
using DigestBot.Core.Digests;
using DigestBot.Core.Material.Store;
using DigestBot.Core.Replies;

namespace DigestBot.Bench.Scale;

/// <summary>
/// The same commands as <see cref="CommandBenchmarks"/>, straight to the handlers. CommandCore remembers replies
/// per snapshot, so its repeated calls measure cache hits; these measure the work a first (or uncached) request
/// costs, which is what grows with the number of articles.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ScaleConfig))]
public class HandlerBenchmarks
{
    private MaterialSnapshot _snapshot = null!;
    private string _speaker = "";

    [Params(1_000, 10_000, 100_000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _snapshot = ScaleMaterial.Snapshot(Articles);
        var name = _snapshot.Speakers[0].Name;
        _speaker = name[(name.LastIndexOf(' ') + 1)..];
    }

    [Benchmark]
    public Reply Quotes() => QuotesHandler.Handle(new QuotesRequest(null, null, 10), _snapshot);

    [Benchmark]
    public Reply QuotesSpeaker() => QuotesHandler.Handle(new QuotesRequest(_speaker, null, 10), _snapshot);

    [Benchmark]
    public Reply QuotesTopic() => QuotesHandler.Handle(new QuotesRequest(null, "steel exports", 10), _snapshot);

    [Benchmark]
    public Reply QuotesSpeakerTopic() => QuotesHandler.Handle(new QuotesRequest(_speaker, "workers", 10), _snapshot);

    [Benchmark]
    public Reply Figures() => FiguresHandler.Handle(new FiguresRequest(null, 10), _snapshot);

    [Benchmark]
    public Reply FiguresTopic() => FiguresHandler.Handle(new FiguresRequest("interest rates", 10), _snapshot);

    [Benchmark]
    public Reply Search() => SearchHandler.Handle(new SearchRequest("wind power", 10), _snapshot);

    [Benchmark]
    public Reply SummaryLatest() => SummaryHandler.Handle(new SummaryRequest(null), _snapshot);

    [Benchmark]
    public Reply SummaryHeadlineMiss() => SummaryHandler.Handle(new SummaryRequest("Quarterly Zeppelin Census"), _snapshot);

    /// <summary>A scheduled digest: what is new since yesterday's run.</summary>
    [Benchmark]
    public Reply? DigestSinceYesterday() => DigestComposer.Compose(_snapshot, ScaleMaterial.Newest, ScaleMaterial.Newest.AddDays(-1));

    [Benchmark]
    public Reply Speakers() => SpeakersHandler.Handle(_snapshot);
}

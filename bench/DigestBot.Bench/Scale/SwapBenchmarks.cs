using BenchmarkDotNet.Attributes;
using DigestBot.Core.Material.Store;

namespace DigestBot.Bench.Scale;

/// <summary>
/// Readers while the store swaps snapshots: a second thread publishes a new snapshot every millisecond while the
/// benchmark reads the current one and answers from it. With a lock-free store the two numbers match.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ScaleConfig))]
public class SwapBenchmarks
{
    private readonly MaterialStore _store = new();
    private MaterialSnapshot[] _snapshots = [];
    private Thread? _publisher;
    private volatile bool _stop;
    private string _speaker = "";

    [Params(100_000)]
    public int Articles { get; set; }

    [Params(false, true)]
    public bool Swapping { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var first = ScaleMaterial.Snapshot(Articles);
        _snapshots = [first, MaterialSnapshot.Build(ScaleMaterial.Articles(Articles))];
        _store.Publish(first);
        var name = first.Speakers[0].Name;
        _speaker = name[(name.LastIndexOf(' ') + 1)..];
        if (Swapping)
        {
            _stop = false;
            _publisher = new Thread(Publish) { IsBackground = true, Name = "snapshot publisher" };
            _publisher.Start();
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _stop = true;
        _publisher?.Join();
    }

    [Benchmark]
    public int QuotesBySpeaker()
    {
        var snapshot = _store.Current;
        var names = snapshot.ResolveSpeaker(_speaker);
        return snapshot.QuoteIdsBy(names[0]).Count;
    }

    private void Publish()
    {
        for (var i = 0; !_stop; i++)
        {
            _store.Publish(_snapshots[i & 1]);
            Thread.Sleep(1);
        }
    }
}

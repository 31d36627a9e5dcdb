using System.Collections.Immutable;

namespace DigestBot.Host.Sources;

/// <summary>
/// The last known state of each web source, as this instance last read it from the store (or wrote it
/// itself after a poll). Lock-free reads for /sources and digest footers.
/// </summary>
internal sealed class SourceHealth
{
    private ImmutableDictionary<string, SourceState> _states = ImmutableDictionary<string, SourceState>.Empty.WithComparers(StringComparer.Ordinal);

    public SourceState Get(string sourceKey) =>
        Volatile.Read(ref _states).TryGetValue(sourceKey, out var state) ? state : SourceState.New(sourceKey);

    public void Set(SourceState state) =>
        ImmutableInterlocked.AddOrUpdate(ref _states, state.SourceKey, state, (_, _) => state);

    public void SetAll(IEnumerable<SourceState> states) =>
        Volatile.Write(ref _states, states.ToImmutableDictionary(s => s.SourceKey, StringComparer.Ordinal));
}

using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using DigestBot.Core.Commands.Requests;
using DigestBot.Core.Material.Store;
using DigestBot.Core.Replies;

namespace DigestBot.Core.Commands;

/// <summary>
/// Replies to commands that only read material, remembered for the snapshot they were computed from. A
/// snapshot never changes, so a reply stays right until the next swap, which starts an empty cache; requests
/// are records, so equal requests share one entry. Reads take no lock.
/// </summary>
internal sealed class ReplyCache
{
    private const int MaxEntries = 4096;
    private Generation _current = new(MaterialSnapshot.Empty);

    public static bool IsCacheable(CommandRequest request) =>
        request is QuotesRequest or SpeakersRequest or FiguresRequest or SummaryRequest or SearchRequest or HelpRequest;

    /// <summary>The reply already computed for this snapshot and request, if any; never computes one.</summary>
    public bool TryGet(MaterialSnapshot snapshot, CommandRequest request, [NotNullWhen(true)] out Reply? reply)
    {
        var generation = Volatile.Read(ref _current);
        reply = null;
        return ReferenceEquals(generation.Snapshot, snapshot) && generation.Replies.TryGetValue(request, out reply);
    }

    public Reply GetOrAdd(MaterialSnapshot snapshot, CommandRequest request, Func<CommandRequest, MaterialSnapshot, Reply> compute)
    {
        var generation = Volatile.Read(ref _current);
        if (!ReferenceEquals(generation.Snapshot, snapshot))
        {
            var fresh = new Generation(snapshot);
            generation = Interlocked.CompareExchange(ref _current, fresh, generation) == generation ? fresh : Volatile.Read(ref _current);
            if (!ReferenceEquals(generation.Snapshot, snapshot))
            {
                return compute(request, snapshot); // another swap raced us; answer without caching
            }
        }

        if (generation.Replies.TryGetValue(request, out var cached))
        {
            return cached;
        }

        var reply = compute(request, snapshot);
        if (generation.Replies.Count >= MaxEntries)
        {
            // Free text makes the key space unbounded; start over rather than grow without limit.
            generation.Replies.Clear();
        }

        generation.Replies.TryAdd(request, reply);
        return reply;
    }

    private sealed class Generation(MaterialSnapshot snapshot)
    {
        public MaterialSnapshot Snapshot { get; } = snapshot;

        public ConcurrentDictionary<CommandRequest, Reply> Replies { get; } = new();
    }
}

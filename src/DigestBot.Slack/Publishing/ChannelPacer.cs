using System.Collections.Concurrent;
using DigestBot.Slack.Configuration;
using Microsoft.Extensions.Options;

namespace DigestBot.Slack.Publishing;

/// <summary>
/// Keeps chat.postMessage at about one message per second per channel, Slack's stated limit: posts to a
/// channel queue up in order and wait out the gap; posts to different channels do not wait for each other.
/// </summary>
internal sealed class ChannelPacer(IOptions<SlackOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, ChannelLane> _lanes = new(StringComparer.Ordinal);
    private readonly TimeSpan _interval = options.Value.ChannelPostInterval;

    /// <summary>Runs the posts one after another, holding the channel so another publish cannot interleave.</summary>
    public async Task<IReadOnlyList<T>> PostInOrderAsync<T>(
        string channelId,
        IReadOnlyList<Func<CancellationToken, Task<T>>> posts,
        CancellationToken cancellationToken)
    {
        var lane = _lanes.GetOrAdd(channelId, _ => new ChannelLane());
        using var turn = await lane.EnterAsync(cancellationToken);
        var results = new List<T>(posts.Count);
        foreach (var post in posts)
        {
            if (lane.LastPost is { } last)
            {
                var wait = last + _interval - time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, cancellationToken);
                }
            }

            try
            {
                results.Add(await post(cancellationToken));
            }
            finally
            {
                lane.LastPost = time.GetUtcNow();
            }
        }

        return results;
    }
}

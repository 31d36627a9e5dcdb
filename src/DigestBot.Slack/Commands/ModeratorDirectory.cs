using System.Collections.Concurrent;
using System.Collections.Frozen;
using DigestBot.Slack.Configuration;
using DigestBot.Slack.WebApi;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DigestBot.Slack.Commands;

/// <summary>
/// Who may run moderator commands: the configured <see cref="SlackOptions.ModeratorUserIds"/>, plus workspace
/// admins and owners from users.info. Lookups happen only when a moderator command asks, and are cached,
/// so ordinary commands never wait on Slack.
/// </summary>
internal sealed class ModeratorDirectory(
    SlackApiClient api,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<ModeratorDirectory> logger)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(10);

    private readonly FrozenSet<string> _configured = options.Value.ModeratorUserIds.ToFrozenSet(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (bool IsAdmin, DateTimeOffset Until)> _admins = new(StringComparer.Ordinal);
    private volatile bool _lookupUnavailable = !options.Value.AdminsAreModerators;

    public bool IsConfiguredModerator(string userId) => _configured.Contains(userId);

    public async Task<bool> IsModeratorAsync(string userId, CancellationToken cancellationToken)
    {
        if (_configured.Contains(userId))
        {
            return true;
        }

        if (_lookupUnavailable || userId.Length == 0)
        {
            return false;
        }

        var now = time.GetUtcNow();
        if (_admins.TryGetValue(userId, out var cached) && cached.Until > now)
        {
            return cached.IsAdmin;
        }

        try
        {
            var user = await api.GetUserAsync(userId, cancellationToken);
            var isAdmin = user is { IsAdmin: true } or { IsOwner: true } or { IsPrimaryOwner: true };
            _admins[userId] = (isAdmin, now + CacheFor);
            return isAdmin;
        }
        catch (SlackApiException exception) when (exception.Error == SlackErrors.MissingScope || exception.IsAuthFailure)
        {
            // Without users:read the lookup will never work: say so once and rely on the configured list.
            _lookupUnavailable = true;
            Log.AdminLookupUnavailable(logger, exception.Error);
            return false;
        }
        catch (SlackApiException exception)
        {
            Log.AdminLookupUnavailable(logger, exception.Error);
            return false;
        }
    }
}

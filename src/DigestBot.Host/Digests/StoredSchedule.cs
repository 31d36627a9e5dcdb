using DigestBot.Core.Commands;

namespace DigestBot.Host.Digests;

/// <summary>
/// A schedule as stored: <see cref="Key"/> ("discord/123/morning") is unique across channels and names the
/// Quartz job; <see cref="Cron"/> is in Quartz's form; <see cref="Origin"/> is "config" or the moderator.
/// </summary>
internal sealed record StoredSchedule(
    string Name,
    ChannelRef Channel,
    string Cron,
    string TimeZone,
    string Description,
    bool NoteWhenEmpty,
    string Origin)
{
    public string Key => KeyFor(Channel, Name);

    public static string KeyFor(ChannelRef channel, string name) => $"{channel.Platform}/{channel.Id}/{name}";
}

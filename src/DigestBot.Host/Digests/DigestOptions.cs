namespace DigestBot.Host.Digests;

public sealed class DigestOptions
{
    public const string SectionName = "Digests";

    public List<DigestScheduleOptions> Schedules { get; set; } = [];

    /// <summary>A digest missed while the bot was down is still posted on start if it is at most this late.</summary>
    public TimeSpan CatchUpWindow { get; set; } = TimeSpan.FromHours(2);
}

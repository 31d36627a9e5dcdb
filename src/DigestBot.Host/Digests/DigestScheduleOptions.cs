namespace DigestBot.Host.Digests;

/// <summary>One configured briefing: when (Cron, or Time plus Days), in which IANA zone, to which channel.</summary>
public sealed class DigestScheduleOptions
{
    public string Name { get; set; } = "";

    /// <summary>5-field cron ("0 8 * * 1-5") or Quartz's 6/7-field form.</summary>
    public string? Cron { get; set; }

    /// <summary>Time of day, HH:MM, used when <see cref="Cron"/> is not set.</summary>
    public string? Time { get; set; }

    /// <summary>With <see cref="Time"/>: mon-fri, mon,wed,fri; empty means every day.</summary>
    public string? Days { get; set; }

    public string TimeZone { get; set; } = "UTC";

    public string Platform { get; set; } = "console";

    public string Channel { get; set; } = "local";

    /// <summary>Post a one-line note when nothing is new, instead of staying silent.</summary>
    public bool NoteWhenEmpty { get; set; }
}

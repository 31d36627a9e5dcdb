using Microsoft.Extensions.Options;

namespace DigestBot.Host.Digests;

/// <summary>Every schedule must name a valid time or cron, a real IANA zone and a channel, or start-up stops.</summary>
internal sealed class DigestOptionsValidator : IValidateOptions<DigestOptions>
{
    public ValidateOptionsResult Validate(string? name, DigestOptions options)
    {
        var failures = new List<string>();
        if (options.CatchUpWindow < TimeSpan.Zero)
        {
            failures.Add($"{DigestOptions.SectionName}:CatchUpWindow must not be negative.");
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Schedules.Count; i++)
        {
            var key = $"{DigestOptions.SectionName}:Schedules:{i}";
            var schedule = options.Schedules[i];
            if (string.IsNullOrWhiteSpace(schedule.Name))
            {
                failures.Add($"{key}:Name is required.");
            }
            else if (!names.Add(schedule.Name))
            {
                failures.Add($"{key}:Name “{schedule.Name}” is used twice.");
            }

            if (!TryCron(schedule, out _, out var error))
            {
                failures.Add($"{key}: {error}");
            }

            if (!TimeZoneInfo.TryFindSystemTimeZoneById(schedule.TimeZone, out _))
            {
                failures.Add($"{key}:TimeZone “{schedule.TimeZone}” is not an IANA time zone (e.g. Europe/Berlin, America/New_York).");
            }

            if (string.IsNullOrWhiteSpace(schedule.Platform) || string.IsNullOrWhiteSpace(schedule.Channel))
            {
                failures.Add($"{key}: Platform and Channel are required.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public static bool TryCron(DigestScheduleOptions schedule, out string cron, out string error)
    {
        if (!string.IsNullOrWhiteSpace(schedule.Cron))
        {
            return ScheduleExpression.TryFromCron(schedule.Cron, out cron, out error);
        }

        if (!string.IsNullOrWhiteSpace(schedule.Time))
        {
            return ScheduleExpression.TryFromTime(schedule.Time, schedule.Days, out cron, out error);
        }

        cron = "";
        error = $"set Cron or Time ({ScheduleExpression.Example}).";
        return false;
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using Quartz;

namespace DigestBot.Host.Digests;

/// <summary>
/// Turns what people write into a Quartz cron expression: a time of day plus days (<c>08:00</c>,
/// <c>mon-fri</c>), the 5-field cron people know (<c>0 8 * * 1-5</c>), or Quartz's own 6/7-field form.
/// </summary>
public static partial class ScheduleExpression
{
    public const string Example = "time:08:00 days:mon-fri, or cron:\"0 8 * * 1-5\"";

    public static bool TryFromTime(string time, string? days, out string cron, out string error)
    {
        cron = "";
        var match = TimePattern().Match(time.Trim());
        if (!match.Success)
        {
            error = $"“{time}” is not a time of day; write it as HH:MM, e.g. 08:00.";
            return false;
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (hour > 23 || minute > 59)
        {
            error = $"“{time}” is not a time of day; hours go 00-23 and minutes 00-59.";
            return false;
        }

        var dayField = string.IsNullOrWhiteSpace(days) ? "*" : days.Trim().ToUpperInvariant();
        if (dayField is "*" or "DAILY" or "EVERYDAY")
        {
            cron = $"0 {minute} {hour} * * ?";
        }
        else if (!DaysPattern().IsMatch(dayField))
        {
            error = $"“{days}” is not a list of days; use names like mon-fri or mon,wed,fri.";
            return false;
        }
        else
        {
            cron = $"0 {minute} {hour} ? * {dayField}";
        }

        return Validate(cron, out error);
    }

    public static bool TryFromCron(string expression, out string cron, out string error)
    {
        var fields = expression.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length is not (5 or 6 or 7))
        {
            cron = "";
            error = $"“{expression}” has {fields.Length} fields; a cron has 5 (minute hour day month weekday), e.g. 0 8 * * 1-5.";
            return false;
        }

        // Quartz reads the crontab form itself (weekday 0-7 from Sunday) and answers in its own spelling.
        var format = fields.Length == 5 ? CronFormat.Unix : CronFormat.Quartz;
        return TryParse(string.Join(' ', fields), format, out cron, out error);
    }

    private static bool Validate(string cron, out string error) => TryParse(cron, CronFormat.Quartz, out _, out error);

    private static bool TryParse(string expression, CronFormat format, out string cron, out string error)
    {
        try
        {
            cron = CronExpression.Parse(expression, format).CronExpressionString;
            error = "";
            return true;
        }
        catch (FormatException exception)
        {
            cron = "";
            error = $"“{expression}” is not a valid schedule: {exception.Message}";
            return false;
        }
    }

    [GeneratedRegex(@"^(?<h>\d{1,2}):(?<m>\d{2})$")]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"^(MON|TUE|WED|THU|FRI|SAT|SUN)(-(MON|TUE|WED|THU|FRI|SAT|SUN))?(,(MON|TUE|WED|THU|FRI|SAT|SUN)(-(MON|TUE|WED|THU|FRI|SAT|SUN))?)*$")]
    private static partial Regex DaysPattern();

}

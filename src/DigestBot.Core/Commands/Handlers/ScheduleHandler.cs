using System.Globalization;
using DigestBot.Core.Commands.Requests;
using DigestBot.Core.Moderation;
using DigestBot.Core.Replies;

namespace DigestBot.Core.Commands.Handlers;

/// <summary>/schedule add|list|remove for the channel it is run in. Listing is open to all; changes to moderators.</summary>
public static class ScheduleHandler
{
    private const string Example = "/schedule add time:08:00 zone:Europe/Berlin days:mon-fri";

    public static async Task<Reply> HandleAsync(ScheduleRequest request, CommandContext context, IScheduleBook book, IAuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        if (request.Action == "list")
        {
            return await ListAsync(context, book, cancellationToken);
        }

        if (!context.Caller.IsModerator)
        {
            return Reply.Error("Moderators only", $"Sorry, only moderators can {request.Action} schedules here. Anyone can use /schedule list.");
        }

        if (request.Action == "remove")
        {
            if (request.Name is null)
            {
                return Reply.Error("Which schedule?", "Say which one to remove: /schedule remove name:NAME.", "/schedule list shows the names.");
            }

            if (!await book.RemoveAsync(context.Channel, request.Name, cancellationToken))
            {
                return Reply.Error("No such schedule", $"This channel has no schedule called “{request.Name}”.", "/schedule list shows the names.");
            }

            await RecordAsync(audit, time, context, "schedule remove", request.Name, cancellationToken);
            return Reply.Text("Schedule removed", $"“{request.Name}” will not post here any more.");
        }

        if (request.Time is null && request.Cron is null)
        {
            return Reply.Error("When?", "Give a time (with optional days) or a cron.", $"Example: {Example}", "Example: /schedule add cron:\"0 8 * * 1-5\" zone:America/New_York");
        }

        if (request.Time is not null && request.Cron is not null)
        {
            return Reply.Error("Time or cron, not both", "Use either time (and days) or cron.", $"Example: {Example}");
        }

        var zone = request.Zone ?? "UTC";
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            return Reply.Error("Unknown time zone", $"“{zone}” is not an IANA time zone.", "Examples: Europe/Berlin, America/New_York, Asia/Tokyo, UTC.", $"Example: {Example}");
        }

        var draft = new ScheduleDraft(request.Name, request.Time, request.Days, request.Cron, zone, request.NoteWhenEmpty);
        var change = await book.AddAsync(context.Channel, draft, context.Caller, cancellationToken);
        if (change.Schedule is not { } schedule)
        {
            return Reply.Error("Cannot add that schedule", change.Error ?? "The schedule was refused.", $"Example: {Example}");
        }

        await RecordAsync(audit, time, context, "schedule add", $"{schedule.Name}: {schedule.Description}", cancellationToken);
        return Reply.Text("Schedule added", $"“{schedule.Name}”: {schedule.Description}. Next digest: {Format(schedule.NextRun)}.");
    }

    private static async Task<Reply> ListAsync(CommandContext context, IScheduleBook book, CancellationToken cancellationToken)
    {
        var schedules = await book.ListAsync(context.Channel, cancellationToken);
        if (schedules.Count == 0)
        {
            return Reply.Text("Schedules", $"No digests are scheduled here. A moderator can add one: {Example}") with { Ephemeral = true };
        }

        var items = schedules
            .Select(s => new ReplyItem(ReplyItemKind.Line, $"{s.Name}: {s.Description}", $"next {Format(s.NextRun)}; from {s.Origin}", null))
            .ToArray();
        return new Reply("Schedules", [new ReplySection(null, null, items, [])]) { Ephemeral = true };
    }

    internal static Task RecordAsync(IAuditLog audit, TimeProvider time, CommandContext context, string action, string detail, CancellationToken cancellationToken) =>
        audit.RecordAsync(new AuditEntry(time.GetUtcNow(), context.Channel, context.Caller.Id, context.Caller.DisplayName, action, detail), cancellationToken);

    private static string Format(DateTimeOffset? when) =>
        when?.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "never";
}

namespace DigestBot.Core.Commands.Requests;

public sealed record ScheduleRequest(
    string Action,
    string? Name,
    string? Time,
    string? Days,
    string? Cron,
    string? Zone,
    bool NoteWhenEmpty) : CommandRequest;

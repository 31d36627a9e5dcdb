namespace DigestBot.Core.Commands.Requests;

public sealed record HelpRequest(string? Command) : CommandRequest;

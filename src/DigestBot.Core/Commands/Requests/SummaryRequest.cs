namespace DigestBot.Core.Commands.Requests;

public sealed record SummaryRequest(string? Article) : CommandRequest;

namespace DigestBot.Core.Commands.Requests;

public sealed record QuotesRequest(string? Speaker, string? Topic, int Limit) : CommandRequest;

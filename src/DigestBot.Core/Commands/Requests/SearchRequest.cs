namespace DigestBot.Core.Commands.Requests;

public sealed record SearchRequest(string Text, int Limit) : CommandRequest;

namespace DigestBot.Core.Commands.Requests;

public sealed record FiguresRequest(string? Topic, int Limit) : CommandRequest;

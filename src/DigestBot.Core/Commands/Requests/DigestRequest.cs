namespace DigestBot.Core.Commands.Requests;

public sealed record DigestRequest : CommandRequest;

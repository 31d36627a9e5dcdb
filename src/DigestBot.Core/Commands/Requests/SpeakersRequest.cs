namespace DigestBot.Core.Commands.Requests;

public sealed record SpeakersRequest : CommandRequest;

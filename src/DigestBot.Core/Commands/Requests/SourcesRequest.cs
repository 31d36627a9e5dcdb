namespace DigestBot.Core.Commands.Requests;

public sealed record SourcesRequest : CommandRequest;

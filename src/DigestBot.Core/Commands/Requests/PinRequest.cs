namespace DigestBot.Core.Commands.Requests;

/// <summary>Pin the latest digest in the channel, or post and pin the summary of an article.</summary>
public sealed record PinRequest(string? Article) : CommandRequest;

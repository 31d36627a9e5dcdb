namespace DigestBot.Core.Commands.Requests;

/// <summary>A validated command, ready for its handler.</summary>
public abstract record CommandRequest;

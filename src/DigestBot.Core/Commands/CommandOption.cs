namespace DigestBot.Core.Commands;

/// <summary>An option as the user gave it, before validation: <c>Name</c> is null for free text.</summary>
public readonly record struct CommandOption(string? Name, string Value);

namespace DigestBot.Discord.Tests.Fakes;

/// <summary>A request the fake Discord received, with the fake clock's time when it arrived.</summary>
internal sealed record RecordedRequest(string Method, string Path, string Body, string? Authorization, DateTimeOffset At);

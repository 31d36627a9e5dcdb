namespace DigestBot.Slack.Tests.Support;

/// <summary>A request the fake Slack received: the method (or "response_url"), its body and when, by the test clock.</summary>
public sealed record ReceivedCall(string Method, string Body, string? Authorization, DateTimeOffset At);

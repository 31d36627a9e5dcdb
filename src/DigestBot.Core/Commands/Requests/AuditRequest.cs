namespace DigestBot.Core.Commands.Requests;

public sealed record AuditRequest(int Limit) : CommandRequest;

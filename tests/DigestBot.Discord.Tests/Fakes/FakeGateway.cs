using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace DigestBot.Discord.Tests.Fakes;

/// <summary>Accepts gateway WebSockets and hands each connection to the test, which plays Discord's part.</summary>
internal sealed class FakeGateway
{
    private readonly Channel<FakeGatewayConnection> _connections = Channel.CreateUnbounded<FakeGatewayConnection>();

    /// <summary>Whether heartbeats are answered with op 11; off to make the client see a zombie.</summary>
    public bool AutoAck { get; set; } = true;

    public async Task<FakeGatewayConnection> NextConnectionAsync()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await _connections.Reader.ReadAsync(cancellation.Token);
    }

    public async Task AcceptAsync(HttpContext context, bool resumed)
    {
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new FakeGatewayConnection(socket, resumed, AutoAck, context.Request.QueryString.Value ?? "");
        _connections.Writer.TryWrite(connection);
        await connection.RunAsync();
    }
}

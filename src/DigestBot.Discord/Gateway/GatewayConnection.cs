using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using DigestBot.Discord.Json;

namespace DigestBot.Discord.Gateway;

/// <summary>
/// One WebSocket to the gateway: whole-message receive, serialised sends (the heartbeat and the main loop
/// both send), and the heartbeat-ACK bookkeeping used for zombie detection.
/// </summary>
internal sealed class GatewayConnection(ClientWebSocket socket) : IDisposable
{
    // Discord's own payloads can be large (READY with many guilds), but nothing legitimate is near this.
    private const int MaxMessageBytes = 16 * 1024 * 1024;

    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ArrayBufferWriter<byte> _receiveBuffer = new(16 * 1024);
    private volatile bool _acknowledged = true;

    public ClientWebSocket Socket => socket;

    public bool Zombie { get; set; }

    /// <summary>Whether the server acknowledged the last heartbeat; clears the flag for the next one.</summary>
    public bool TakeAcknowledgement()
    {
        var acknowledged = _acknowledged;
        _acknowledged = false;
        return acknowledged;
    }

    public void Acknowledge() => _acknowledged = true;

    public async Task SendAsync<T>(T payload, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(payload, type);
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>The next payload, or null when the server closed the socket.</summary>
    public async Task<GatewayPayload?> ReceiveAsync(CancellationToken cancellationToken)
    {
        _receiveBuffer.ResetWrittenCount();
        while (true)
        {
            var memory = _receiveBuffer.GetMemory(8 * 1024);
            var result = await socket.ReceiveAsync(memory, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            _receiveBuffer.Advance(result.Count);
            if (_receiveBuffer.WrittenCount > MaxMessageBytes)
            {
                throw new WebSocketException("A gateway message exceeded 16 MiB.");
            }

            if (result.EndOfMessage)
            {
                return JsonSerializer.Deserialize(_receiveBuffer.WrittenSpan, DiscordJsonContext.Default.GatewayPayload);
            }
        }
    }

    public async Task CloseAsync(int code, string reason, CancellationToken cancellationToken)
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, cancellationToken);
        }
    }

    public void Dispose()
    {
        socket.Dispose();
        _sendLock.Dispose();
    }
}

using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;
using DigestBot.Slack.Configuration;
using DigestBot.Slack.Json;
using Microsoft.Extensions.Logging;

namespace DigestBot.Slack.SocketMode;

/// <summary>
/// One Socket Mode WebSocket. Its read loop only parses frames and hands envelopes on, so acks never wait
/// behind command work. WebSocket keep-alive pings with a pong timeout detect a silent, dead peer.
/// </summary>
internal sealed class SocketModeConnection : IAsyncDisposable
{
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly TaskCompletionSource<int> _hello = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string> _disconnect = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stop = new();
    private readonly Action<SocketModeConnection, SocketFrame> _onEnvelope;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private Task _receiving = Task.CompletedTask;
    private int _disposed;

    private SocketModeConnection(Action<SocketModeConnection, SocketFrame> onEnvelope, TimeProvider time, ILogger logger)
    {
        _onEnvelope = onEnvelope;
        _time = time;
        _logger = logger;
    }

    /// <summary>Completes with Slack's <c>num_connections</c> once <c>hello</c> arrives.</summary>
    public Task<int> Hello => _hello.Task;

    /// <summary>Completes with the reason when Slack announces it will close this connection.</summary>
    public Task<string> DisconnectRequested => _disconnect.Task;

    /// <summary>Completes when the socket is gone: closed, dropped or found dead.</summary>
    public Task Closed => _receiving;

    public static async Task<SocketModeConnection> OpenAsync(
        Uri url,
        SlackOptions options,
        Action<SocketModeConnection, SocketFrame> onEnvelope,
        TimeProvider time,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        var connection = new SocketModeConnection(onEnvelope, time, logger);
        connection._socket.Options.KeepAliveInterval = options.PingInterval;
        connection._socket.Options.KeepAliveTimeout = options.PingInterval;
        try
        {
            await connection._socket.ConnectAsync(url, cancellationToken);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        connection._receiving = connection.ReceiveAsync();
        return connection;
    }

    public async Task SendAsync(SocketAck ack, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(ack, SlackJsonContext.Default.SocketAck);
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(CloseTimeout, _time);
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "replaced", timeout.Token);
                await _receiving.WaitAsync(timeout.Token);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // A peer that will not close politely is simply cut off below.
        }

        await _stop.CancelAsync();
        _socket.Abort();
        await _receiving;
        _socket.Dispose();
        _sendLock.Dispose();
        _stop.Dispose();
    }

    private async Task ReceiveAsync()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        var message = new ArrayBufferWriter<byte>(16 * 1024);
        try
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(buffer.AsMemory(), _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                message.Write(buffer.AsSpan(0, result.Count));
                if (result.EndOfMessage)
                {
                    Handle(message.WrittenSpan);
                    message.ResetWrittenCount();
                }
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Dropped, timed out on pongs, or disposed: the supervisor sees Closed complete and decides.
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            _hello.TrySetException(new WebSocketException("The Socket Mode connection closed before Slack said hello."));
        }
    }

    private void Handle(ReadOnlySpan<byte> json)
    {
        SocketFrame? frame;
        try
        {
            frame = JsonSerializer.Deserialize(json, SlackJsonContext.Default.SocketFrame);
        }
        catch (JsonException exception)
        {
            Log.BadFrame(_logger, exception);
            return;
        }

        switch (frame)
        {
            case { Type: "hello" }:
                _hello.TrySetResult(frame.NumConnections);
                break;
            case { Type: "disconnect" }:
                _disconnect.TrySetResult(frame.Reason ?? "unknown");
                break;
            case { EnvelopeId: { Length: > 0 } }:
                _onEnvelope(this, frame);
                break;
            default:
                break;
        }
    }
}

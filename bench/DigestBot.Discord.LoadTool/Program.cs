using DigestBot.Discord.LoadTool;

// sign DIR      writes a signed /quotes speaker:Putin interaction (body, headers, wrk script) to DIR
// baseline URL  serves a minimal endpoint that only verifies the signature and answers PONG
return args switch
{
    ["sign", var directory] => SignedRequest.Write(directory),
    ["baseline", var url] => await BaselineServer.RunAsync(url),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: DigestBot.Discord.LoadTool sign DIR | baseline URL");
    return 2;
}

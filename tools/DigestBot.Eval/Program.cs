// Scores DigestBot's extraction on annotated corpora, exactly as ../shared/eval/README.md describes.
// The last line of output is always one JSON object, so CI can read the numbers.
using DigestBot.Eval;

if (args.Length < 2)
{
    Console.Error.WriteLine("usage: DigestBot.Eval quotes FILE.jsonl | figures FILE.jsonl [FILE.jsonl ...] | news-figures FILE.jsonl");
    return 2;
}

var files = args[1..];
var missing = files.FirstOrDefault(f => !File.Exists(f));
if (missing is not null)
{
    Console.Error.WriteLine($"error: {missing} does not exist (the evaluation data lives in ../shared/eval); no score was measured.");
    return 2;
}

return args[0] switch
{
    "quotes" => QuotesEvaluation.Run(files),
    "figures" => FigureSpecEvaluation.Run(files),
    "news-figures" => NewsFiguresEvaluation.Run(files),
    _ => Usage(args[0]),
};

static int Usage(string task)
{
    Console.Error.WriteLine($"error: unknown task '{task}'; expected quotes, figures or news-figures.");
    return 2;
}

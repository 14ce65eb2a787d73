using BenchmarkDotNet.Running;
using Plo.Benchmarks;

// `corpus DIR [COUNT]` writes the checker CLI comparison's letters; `overview FAMILIES [ROUNDS] [team-manager]`
// times the overview directly; anything else runs BenchmarkDotNet.
if (args is ["corpus", var folder, .. var rest])
{
    return LetterCorpus.Write(folder, rest is [var count] ? int.Parse(count, null) : 1_000);
}

if (args is ["overview", var families, .. var more])
{
    return OverviewTiming.Run(
        int.Parse(families, null),
        more is [var rounds, ..] ? int.Parse(rounds, null) : 50,
        more is [_, "team-manager"] ? OverviewReader.TeamManager : OverviewReader.EveryCase
    );
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

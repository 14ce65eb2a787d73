using BenchmarkDotNet.Running;
using Plo.Benchmarks;

// `corpus DIR [COUNT]` writes the checker CLI comparison's letters; anything else runs BenchmarkDotNet.
if (args is ["corpus", var folder, .. var rest])
{
    return LetterCorpus.Write(folder, rest is [var count] ? int.Parse(count, null) : 1_000);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

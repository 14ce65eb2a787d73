using Microsoft.Extensions.Options;
using Plo.Application.Common.Abstractions;

namespace Plo.Application.Common.Caching;

/// <summary>Whether each signed-in user is in the staff directory and active, as the access decision last read it. A
/// change to the directory through Plo takes effect at once; one made elsewhere (an import by the CLI) within
/// <see cref="ReadCacheOptions.Seconds"/>.</summary>
public sealed class DirectoryCache(DataVersion version, TimeProvider clock, IOptions<ReadCacheOptions> options)
    : ReadCache<DirectoryStatus>(version, clock, options, capacity: 4096);

/// <summary>In the directory and active (true), in it but inactive (false), or not in it (null).</summary>
public sealed record DirectoryStatus(bool? Active)
{
    private static readonly DirectoryStatus Missing = new((bool?)null);
    private static readonly DirectoryStatus Yes = new(true);
    private static readonly DirectoryStatus No = new(false);

    public static DirectoryStatus Of(bool? active) =>
        active switch
        {
            true => Yes,
            false => No,
            null => Missing,
        };
}

using Microsoft.Extensions.Options;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Caching;

namespace Plo.Application.Overview.GetOverview;

/// <summary>Overview pages already computed, each for one user, query and day.</summary>
public sealed class OverviewCache(DataVersion version, TimeProvider clock, IOptions<ReadCacheOptions> options)
    : ReadCache<OverviewPage>(version, clock, options, capacity: 1024);

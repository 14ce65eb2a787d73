using Microsoft.Extensions.Options;
using Plo.Application.Common.Abstractions;
using Plo.Application.Common.Caching;

namespace Plo.Application.Cases.GetCase;

/// <summary>Cases already read, keyed by id and the version the access decision read from the database: the case's
/// own data is always as stored, and the staff names and gateway panels it shows are at most
/// <see cref="ReadCacheOptions.Seconds"/> behind a change made by another process.</summary>
public sealed class CaseDetailsCache(DataVersion version, TimeProvider clock, IOptions<ReadCacheOptions> options)
    : ReadCache<CaseDetailsDto>(version, clock, options, capacity: 4096);

namespace Plo.Application.Common.Abstractions;

/// <summary>
/// Reads run beside the request's own unit of work, each on a context and connection of its own, for a query whose
/// independent parts take long enough to be worth running at the same time. Reads only: nothing saved here joins the
/// request's unit of work.
/// </summary>
public interface IConcurrentReads
{
    /// <summary>Starts <paramref name="read"/> on another thread with a context of its own.</summary>
    Task<T> StartAsync<T>(Func<IPloDbContext, Task<T>> read);
}

using Mediator;
using Plo.Application.Cases.OpenCase;
using Plo.Application.Common.Behaviours;

namespace Plo.Api.Infrastructure;

internal static class MediatorSetup
{
    /// <summary>
    /// The source-generated mediator (generator referenced by this project only). Behaviours run
    /// outermost first: logging → access (role and case together) → access log (queries only) → validation → unit of
    /// work
    /// and audit (commands only).
    /// </summary>
    public static IServiceCollection AddPloMediator(this IServiceCollection services) =>
        services.AddMediator(
            (MediatorOptions options) =>
            {
                options.ServiceLifetime = ServiceLifetime.Scoped;
                options.Assemblies = [typeof(OpenCaseCommand)];
                options.PipelineBehaviors =
                [
                    typeof(LoggingBehaviour<,>),
                    typeof(AccessBehaviour<,>),
                    typeof(AccessLogBehaviour<,>),
                    typeof(ValidationBehaviour<,>),
                    typeof(UnitOfWorkBehaviour<,>),
                ];
            }
        );
}

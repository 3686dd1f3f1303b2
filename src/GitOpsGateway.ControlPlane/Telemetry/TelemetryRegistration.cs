using GitOpsGateway.ControlPlane.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GitOpsGateway.ControlPlane.Telemetry;

/// <summary>OpenTelemetry traces and metrics (ours, Wolverine's, ASP.NET Core's, the runtime's), only when an exporter is chosen.</summary>
internal static class TelemetryRegistration
{
    private const string WolverineSource = "Wolverine";

    public static void AddControlPlaneTelemetry(this IServiceCollection services, ControlPlaneSettings settings)
    {
        if (settings.TelemetryExporter == TelemetryExporter.None)
        {
            return;
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("gitops-gateway-control-plane"))
            .WithTracing(tracing =>
            {
                tracing.AddSource(ControlPlaneTelemetry.Name, WolverineSource).AddAspNetCoreInstrumentation();
                if (settings.TelemetryExporter == TelemetryExporter.Console)
                {
                    tracing.AddConsoleExporter();
                }
                else
                {
                    tracing.AddOtlpExporter(otlp => otlp.Endpoint = settings.OtlpEndpoint ?? otlp.Endpoint);
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(ControlPlaneTelemetry.Name, WolverineSource).AddAspNetCoreInstrumentation().AddRuntimeInstrumentation();
                if (settings.TelemetryExporter == TelemetryExporter.Console)
                {
                    metrics.AddConsoleExporter();
                }
                else
                {
                    metrics.AddOtlpExporter(otlp => otlp.Endpoint = settings.OtlpEndpoint ?? otlp.Endpoint);
                }
            });
    }
}

using System.Reflection;
using Google.Protobuf;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SendPlatform.ServiceDefaults.Errors;
using SendPlatform.SharedKernel.Errors;

namespace SendPlatform.ServiceDefaults.Grpc;

/// <summary>
/// Binds each gRPC service's methods as grpc-dotnet's own binder does, but with a request deserializer that answers
/// bytes which are no valid protobuf message (bad UTF-8, a wrong wire type, a length past the end) with
/// INVALID_ARGUMENT. grpc-dotnet reads a unary request before any interceptor runs and answers a parse failure as
/// UNKNOWN ("exception was thrown by handler"), a server fault to the caller; and it offers no hook for it, so the
/// binding is replaced. The gRPC library's own framing errors (a truncated frame, compression without an encoding)
/// stay its INTERNAL, as the gRPC specification has libraries answer them.
/// </summary>
public static class ReadableRequests
{
    public static IServiceCollection AddReadableRequests(this IServiceCollection services)
    {
        // Only grpc-dotnet's own binder goes: JSON transcoding's provider (REST routes) stays as it is.
        foreach (var binder in services.Where(d => d.ServiceType == typeof(IServiceMethodProvider<>) && d.ImplementationType?.Name == "BinderServiceMethodProvider`1").ToList())
            services.Remove(binder);
        services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IServiceMethodProvider<>), typeof(Provider<>)));
        return services;
    }

    /// <summary>The generated BindService, given a binder that wraps each method's request marshaller.</summary>
    private sealed class Provider<TService> : IServiceMethodProvider<TService> where TService : class
    {
        public void OnServiceMethodDiscovery(ServiceMethodProviderContext<TService> context)
        {
            var bind = typeof(TService).GetCustomAttribute<BindServiceMethodAttribute>(inherit: true);
            if (bind is null) return;
            var bindService = bind.BindType.GetMethods(BindingFlags.Public | BindingFlags.Static)
                .Single(m => m.Name == bind.BindMethodName && m.GetParameters() is [{ ParameterType: var first }, _] && first == typeof(ServiceBinderBase));
            bindService.Invoke(null, [new Binder<TService>(context), null]);
        }
    }

    private sealed class Binder<TService>(ServiceMethodProviderContext<TService> context) : ServiceBinderBase where TService : class
    {
        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse>? handler)
        {
            var (invoker, metadata) = Bind<UnaryServerMethod<TService, TRequest, TResponse>>(method.Name);
            context.AddUnaryMethod(Readable(method), metadata, invoker);
        }

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ClientStreamingServerMethod<TRequest, TResponse>? handler)
        {
            var (invoker, metadata) = Bind<ClientStreamingServerMethod<TService, TRequest, TResponse>>(method.Name);
            context.AddClientStreamingMethod(Readable(method), metadata, invoker);
        }

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ServerStreamingServerMethod<TRequest, TResponse>? handler)
        {
            var (invoker, metadata) = Bind<ServerStreamingServerMethod<TService, TRequest, TResponse>>(method.Name);
            context.AddServerStreamingMethod(Readable(method), metadata, invoker);
        }

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, DuplexStreamingServerMethod<TRequest, TResponse>? handler)
        {
            var (invoker, metadata) = Bind<DuplexStreamingServerMethod<TService, TRequest, TResponse>>(method.Name);
            context.AddDuplexStreamingMethod(Readable(method), metadata, invoker);
        }

        private static (TDelegate Invoker, List<object> Metadata) Bind<TDelegate>(string name) where TDelegate : Delegate
        {
            var implementation = typeof(TService).GetMethod(name, BindingFlags.Public | BindingFlags.Instance)
                ?? throw new InvalidOperationException($"{typeof(TService).Name} has no method {name}.");
            List<object> metadata = [.. typeof(TService).GetCustomAttributes(inherit: true), .. implementation.GetCustomAttributes(inherit: true)];
            return ((TDelegate)Delegate.CreateDelegate(typeof(TDelegate), implementation), metadata);
        }

        private static Method<TRequest, TResponse> Readable<TRequest, TResponse>(Method<TRequest, TResponse> method) where TRequest : class where TResponse : class =>
            new(method.Type, method.ServiceName, method.Name,
                new Marshaller<TRequest>(method.RequestMarshaller.ContextualSerializer, payload => Read(method.RequestMarshaller, payload)),
                method.ResponseMarshaller);

        private static TRequest Read<TRequest>(Marshaller<TRequest> marshaller, DeserializationContext payload)
        {
            try
            {
                return marshaller.ContextualDeserializer(payload);
            }
            catch (InvalidProtocolBufferException ex)
            {
                var refusal = new RequestValidationException([new FieldViolation("(request)", $"is not a valid {typeof(TRequest).Name} message: {ex.Message}")]);
                throw ErrorStatus.For(refusal)!.ToRpcException();
            }
        }
    }
}

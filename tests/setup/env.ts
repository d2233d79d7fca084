// wx-server-sdk probes a cloud metadata host at require time unless it believes it runs in Tencent Cloud.
process.env.TENCENTCLOUD = 'true'

